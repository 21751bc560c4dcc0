import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { firstScreen } from "./lib/start";

const target = document.getElementById("app");
if (!target) throw new Error("index.html lacks #app");
// Mounted once the first screen's data is in (or failed to come; App says
// so): one render with the data, where mounting first drew an empty frame
// that WebKit laid out, and the answer waited behind it (~35 ms at start-up).
firstScreen.finally(() => mount(App, { target }));
