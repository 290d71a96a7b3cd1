// On the search page: searching the Pagefind index as the reader types.
import { startSiteSearch } from "../site-search";
import { whenReady } from "../when-ready";

whenReady(() => startSiteSearch(document));
