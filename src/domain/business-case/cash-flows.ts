import type { CompanySideInputs, PublicSideInputs } from "./inputs.js";

/**
 * Yearly cash flows, undiscounted, in DKK. Year 0 holds the investment (public side) or the
 * development cost (company side); running costs, benefits and sales start in year 1. Costs are
 * positive amounts; `net` is what comes in minus what goes out.
 */
export interface PublicYear {
  year: number;
  investment: number;
  runningCosts: number;
  /** Share of the full benefit reached this year, 0–1. */
  phaseIn: number;
  benefits: number;
  net: number;
}

export interface CompanyYear {
  year: number;
  /** Cumulative share of the market reached by the end of the year, 0–1. */
  marketShare: number;
  unitsSold: number;
  revenue: number;
  /** Unit cost plus support cost of the units sold. */
  variableCosts: number;
  developmentCost: number;
  salesCosts: number;
  net: number;
}

/** The phase-in percentage of year `year` (≥ 1): the listed one, or 100 after the list. */
export function findPhaseInPercent(phaseIn: readonly number[], year: number): number {
  return phaseIn[year - 1] ?? 100;
}

/** The phase-in share of year `year` (≥ 1), 0–1. */
export function findPhaseInShare(phaseIn: readonly number[], year: number): number {
  return findPhaseInPercent(phaseIn, year) / 100;
}

/** The cumulative market share in percent at the end of `year`: 0 in year 0, the last listed value after the list. */
export function findMarketSharePercent(adoption: readonly number[], year: number): number {
  if (year === 0 || adoption.length === 0) {
    return 0;
  }
  return adoption[Math.min(year, adoption.length) - 1];
}

/** The cumulative market share at the end of `year`, 0–1. */
export function findMarketShare(adoption: readonly number[], year: number): number {
  return findMarketSharePercent(adoption, year) / 100;
}

export function sumInvestment(side: PublicSideInputs): number {
  const { purchase, installation, implementation, training } = side.investment;
  return purchase + installation + implementation + training;
}

export function sumRunningCosts(side: PublicSideInputs): number {
  const { licences, service, maintenance } = side.runningCosts;
  return licences + service + maintenance;
}

/** The yearly benefit at full effect: hours freed × hourly cost + other savings + avoided costs. */
export function sumFullBenefits(side: PublicSideInputs): number {
  const { hoursFreedPerYear, hourlyCost, otherSavings, avoidedCosts } = side.benefits;
  return hoursFreedPerYear * hourlyCost + otherSavings + avoidedCosts;
}

export function computePublicCashFlows(side: PublicSideInputs, horizonYears: number): PublicYear[] {
  const investment = sumInvestment(side);
  const running = sumRunningCosts(side);
  const fullBenefits = sumFullBenefits(side);
  return Array.from({ length: horizonYears + 1 }, (_, year): PublicYear => {
    if (year === 0) {
      return { year, investment, runningCosts: 0, phaseIn: 0, benefits: 0, net: -investment };
    }
    const phaseIn = findPhaseInShare(side.phaseIn, year);
    const benefits = fullBenefits * phaseIn;
    return { year, investment: 0, runningCosts: running, phaseIn, benefits, net: benefits - running };
  });
}

export function computeCompanyCashFlows(side: CompanySideInputs, horizonYears: number): CompanyYear[] {
  const marketUnits = side.market.institutions * side.market.unitsPerInstitution;
  const costPerUnit = side.unitCost + side.supportCostPerUnit;
  return Array.from({ length: horizonYears + 1 }, (_, year): CompanyYear => {
    if (year === 0) {
      const developmentCost = side.developmentCost;
      return {
        year,
        marketShare: 0,
        unitsSold: 0,
        revenue: 0,
        variableCosts: 0,
        developmentCost,
        salesCosts: 0,
        net: -developmentCost,
      };
    }
    const marketShare = findMarketShare(side.market.adoption, year);
    const unitsSold = marketUnits * (marketShare - findMarketShare(side.market.adoption, year - 1));
    const revenue = unitsSold * side.unitPrice;
    const variableCosts = unitsSold * costPerUnit;
    const salesCosts = side.salesCostPerYear;
    return {
      year,
      marketShare,
      unitsSold,
      revenue,
      variableCosts,
      developmentCost: 0,
      salesCosts,
      net: revenue - variableCosts - salesCosts,
    };
  });
}

/** Both sides added year by year (a simple sum, not a socio-economic analysis). */
export function addFlows(first: readonly number[], second: readonly number[]): number[] {
  return first.map((value, index) => value + (second[index] ?? 0));
}
