import type { CrmMapping, EntityExtraction } from './api/recording-schema';

export type ValueMappings = {
  /** The CRM fields each value writes to, in the order of the values. */
  perValue: CrmMapping[][];
  /** The extraction's own fields that no value claims (only when it has several values). */
  unclaimed: CrmMapping[];
};

const key = (mapping: CrmMapping) => `${mapping.crmModelName}\u0000${mapping.crmFieldName}`;

/**
 * Which CRM fields each value of an extraction writes to. Siro lists the extraction's fields as
 * the union of its values' fields, so a lone value without its own inherits them, but among
 * several values one without fields writes to none: it must not show its siblings' fields.
 */
export function valueMappings(extraction: EntityExtraction): ValueMappings {
  const values = extraction.extraction?.items ?? [];
  const whole = extraction.mappings?.items ?? [];
  const own = values.map((item) => item.mappings?.items ?? []);
  if (values.length === 1) return { perValue: [own[0]!.length ? own[0]! : whole], unclaimed: [] };
  const claimed = new Set(own.flat().map(key));
  return { perValue: own, unclaimed: values.length ? whole.filter((mapping) => !claimed.has(key(mapping))) : [] };
}
