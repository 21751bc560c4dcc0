import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { firstScreen } from "./lib/start";
import { setCatalogue } from "./lib/i18n.svelte";
import { call } from "./lib/api";

const target = document.getElementById("app");
if (!target) throw new Error("index.html lacks #app");
// Mounted once the first screen's data is in (or failed to come; App says
// so): one render with the data, where mounting first drew an empty frame
// that WebKit laid out, and the answer waited behind it (~35 ms at start-up).
// The words come with the data (the catalogue of the patient's language),
// so the first render is already in it.
// Without a first screen the window still needs its words to say so.
firstScreen
  .then((first) => setCatalogue(first.catalogue))
  .catch(() => call("catalogue", {}).then(setCatalogue))
  .catch(() => {})
  .finally(() => mount(App, { target }));
