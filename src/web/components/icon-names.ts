/**
 * The DKFDS icons the app shows. The build keeps only these in the icon sprite (`iconSprite()` in
 * scripts/vite-web-plugins.ts): DKFDS's whole sprite has 151 icons, and the browser parses the whole file
 * on every visit before it draws the first icon (issue 17). `<Icon name>` takes only these names, so a new
 * icon fails the type check until it is added here.
 */
export const ICON_NAMES = [
  "analytics",
  "arrow-downward",
  "arrow-upward",
  "attach-file",
  "check",
  "checklist",
  "chevron-left",
  "chevron-right",
  "close",
  "copy",
  "delete",
  "download",
  "edit",
  "error",
  "file-excel",
  "folder",
  "format-list-bulleted",
  "info",
  "language",
  "lock",
  "menu",
  "minus",
  "notifications",
  "open-in-new",
  "person-add",
  "plus",
  "print",
  "refresh",
  "search",
  "share",
  "success",
  "sync",
  "upload",
  "view-split",
  "warning",
] as const;

export type IconName = (typeof ICON_NAMES)[number];
