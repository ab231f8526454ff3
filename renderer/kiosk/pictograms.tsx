/**
 * A pictogram for every service tile, for people who read neither Arabic nor English well. The
 * catalogue has no icon field, so the picture comes from words in the service's English name, then
 * from its agency's, then a plain document (lucide-react: a well-kept set, drawn as SVG strokes).
 */
import {
  Briefcase,
  Building2,
  CarFront,
  FileText,
  Gavel,
  House,
  IdCard,
  Receipt,
  Stamp,
  Users,
  type LucideIcon,
} from 'lucide-react';
import type { Catalogue, Service } from '../../shared/contract/catalogue.js';

const BY_WORD: readonly (readonly [RegExp, LucideIcon])[] = [
  [/emirates id|identity|\bid\b/i, IdCard],
  [/fine|pay|fee/i, Receipt],
  [/licen[cs]e|vehicle|driv|traffic|car\b/i, CarFront],
  [/family|sponsor|child|marriage/i, Users],
  [/residen|visa|passport/i, Stamp],
  [/building|construct/i, Building2],
  [/tenan|rent|house|property/i, House],
  [/complaint|dispute|court/i, Gavel],
  [/work|labour|labor|employ|contract/i, Briefcase],
];

function byWords(text: string): LucideIcon | undefined {
  return BY_WORD.find(([re]) => re.test(text))?.[1];
}

export function pictogramFor(service: Service, catalogue: Pick<Catalogue, 'agencies'>): LucideIcon {
  const agency = catalogue.agencies.find((a) => a.id === service.agencyId);
  return byWords(service.name.en) ?? (agency && byWords(agency.name.en)) ?? FileText;
}
