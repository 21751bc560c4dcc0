// The first screen's data, asked for while the bundle is still being
// evaluated: the request then runs beside the app's first render instead of
// after it (Svelte runs `onMount` only after mounting, ~35 ms later on a
// 2-core laptop). Asked once a page load; App takes the answer.
import { call } from "./api";

export const asked = performance.now();
export const firstScreen = call("first_screen", {});
// Read by App; without a handler here, a failure before App awaits it would
// be logged as unhandled although App reports it.
firstScreen.catch(() => {});

