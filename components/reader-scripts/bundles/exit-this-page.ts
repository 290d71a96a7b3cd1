// On every page: the cover and the Shift shortcut of "Exit this page".
import { startExitThisPage } from "../exit-this-page";
import { whenReady } from "../when-ready";

whenReady(() => startExitThisPage(document));
