import type { FundingContext, FundingFit, FundingProgramme } from "./funding.js";

/** The API's answers about funding (src/server/modules/funding), shared with the browser. */
export interface FundingMatch extends FundingProgramme {
  fit: FundingFit;
}

export interface NeedFunding {
  context: FundingContext;
  items: FundingMatch[];
}
