export { scoredRuns } from "../../../../domain/assessment/radar-drawing.js";
