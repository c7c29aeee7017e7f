/**
 * 汇总报送包's preview: the credit codes that would be held by more than one county once the
 * previewed packages stand. Same rule as the ledger's own check after a roll-up (both sides
 * flagged), taken over the counties' enterprise lists before anything is written.
 */
export interface CountyEnterprise {
  name: string;
  uscc: string | null;
}

export interface SharedCode {
  county: string;
  name: string;
  uscc: string;
  otherCounties: string[];
}

export function sharedCodesAcross(byCounty: ReadonlyMap<string, readonly CountyEnterprise[]>): SharedCode[] {
  const counties = new Map<string, Set<string>>();
  for (const [county, list] of byCounty) {
    for (const e of list) {
      const code = (e.uscc ?? '').trim().toUpperCase();
      if (!code) continue;
      let set = counties.get(code);
      if (!set) counties.set(code, (set = new Set()));
      set.add(county);
    }
  }
  const out: SharedCode[] = [];
  for (const [county, list] of byCounty) {
    for (const e of list) {
      const code = (e.uscc ?? '').trim().toUpperCase();
      const holders = counties.get(code);
      if (!code || !holders || holders.size < 2) continue;
      out.push({ county, name: e.name, uscc: code, otherCounties: [...holders].filter((c) => c !== county).sort() });
    }
  }
  return out.sort((a, b) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : a.county < b.county ? -1 : a.county > b.county ? 1 : 0));
}
