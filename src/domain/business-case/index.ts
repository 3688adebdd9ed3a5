/** The two-sided business case: input schemas and the pure maths shared by the server and the browser. */
export * from "./break-even.js";
export * from "./cash-flows.js";
export * from "./compare.js";
export * from "./discount.js";
export * from "./inputs.js";
export * from "./irr.js";
export * from "./metrics.js";
export * from "./npv.js";
export * from "./payback.js";
export * from "./requests.js";
export * from "./results.js";
export * from "./scenarios.js";
export * from "./tornado.js";
export * from "./views.js";
