/**
 * The open calls' list (public, often opened on a phone from a link): a chunk of its own, without the
 * call page's forms and the Zod schemas they bring (`call-pages.ts`), nor the pages signed-in users get
 * in `pages.ts`.
 */
import "./needs.css";
export { CallsPage } from "./pages/calls-page.js";
