/** The raw shape of a built-in rate series. @internal */
export interface RateSeriesData {
  readonly id: 'ecb-mro' | 'legal-consumer-creditor' | 'legal-other';
  readonly article: string;
  readonly knownUntil: string;
  readonly note: string;
  readonly rows: ReadonlyArray<{ readonly from: string; readonly ratePercent: string }>;
}
