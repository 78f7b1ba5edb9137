// Start GOV.UK Frontend's components on every page. Loaded as a module, so it runs only in
// browsers that GOV.UK Frontend supports; everything works without it.
import { initAll } from "../build/govuk-frontend.min.js";

initAll();
