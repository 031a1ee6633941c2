/** Inputs of the cost formula, in the units a reader knows. */
export interface CostInputs {
  /** GPUs in the instance. */
  gpus: number;
  /** Price of one GPU for one hour, USD. */
  pricePerGpuHour: number;
  /** Tokens the instance produces per second. */
  tokensPerSecond: number;
  /** Share of the time the instance does useful work, 0 < u ≤ 1. */
  utilisation: number;
  /** Multiplier for power and cooling on top of the hardware price (1 = none). */
  powerFactor: number;
}

/**
 * Cost of one million tokens by the article's formula: hardware cost per hour divided by
 * (tokens per hour × utilisation), times the power factor. Throws on inputs that make no sense.
 */
export function costPerMillionTokens(i: CostInputs): number {
  if (!(i.gpus > 0)) throw new RangeError('GPUs must be more than 0');
  if (!(i.pricePerGpuHour >= 0)) throw new RangeError('the price per GPU-hour cannot be negative');
  if (!(i.tokensPerSecond > 0)) throw new RangeError('throughput must be more than 0 tokens/s');
  if (!(i.utilisation > 0 && i.utilisation <= 1)) throw new RangeError('utilisation must be above 0 and at most 1');
  if (!(i.powerFactor > 0)) throw new RangeError('the power factor must be more than 0');
  const dollarsPerHour = i.gpus * i.pricePerGpuHour;
  const tokensPerHour = i.tokensPerSecond * 3600 * i.utilisation;
  return (dollarsPerHour / tokensPerHour) * 1e6 * i.powerFactor;
}
