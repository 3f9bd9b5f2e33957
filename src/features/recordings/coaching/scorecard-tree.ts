import type { Citation, Evaluation, EvaluationNode } from '../api/recording-document-schema';

// Siro sends the scorecard as a flat list of ROOT, SECTION and METRIC nodes linked by parentId,
// in no promised order. The page reads it as a tree: sections in their index order, each with
// its criteria in theirs.

export type Criterion = {
  id: string;
  name: string;
  earned: number | undefined;
  possible: number | undefined;
  color: string | undefined;
  score: string | undefined;
  thinking: string | undefined;
  recommendation: string | undefined;
  impact: string | undefined;
  citations: Citation[];
};
export type ScorecardSection = {
  id: string;
  name: string;
  earned: number | undefined;
  possible: number | undefined;
  criteria: Criterion[];
};
export type Scorecard = {
  name: string | undefined;
  earned: number | undefined;
  possible: number | undefined;
  sections: ScorecardSection[];
  /** Nodes that could not be read or placed (no section to hang from), and citations that could not be read. */
  skipped: number;
};

const byIndex = (a: EvaluationNode, b: EvaluationNode) =>
  (a.indexNumber ?? Number.MAX_SAFE_INTEGER) - (b.indexNumber ?? Number.MAX_SAFE_INTEGER);
const isType = (node: EvaluationNode, type: string) => node.nodeType.toUpperCase() === type;

function criterionOf(node: EvaluationNode): Criterion {
  return {
    id: node.id,
    name: node.name?.trim() || 'Unnamed criterion',
    earned: node.pointsEarned ?? undefined,
    possible: node.pointsPossible ?? undefined,
    color: node.color ?? undefined,
    score: node.score,
    thinking: node.thinking,
    recommendation: node.recommendation,
    impact: node.impact,
    citations: node.citations.items,
  };
}

const sum = (values: (number | undefined)[]) =>
  values.every((value) => value !== undefined) ? values.reduce<number>((total, value) => total + (value ?? 0), 0) : undefined;

export function buildScorecard(evaluation: Evaluation): Scorecard {
  const nodes = evaluation.evaluatedNodes.items;
  let skipped = evaluation.evaluatedNodes.skipped;
  const root = nodes.find((node) => isType(node, 'ROOT'));
  const sectionNodes = nodes.filter((node) => isType(node, 'SECTION')).sort(byIndex);
  const sectionIds = new Set(sectionNodes.map((node) => node.id));
  const sections: ScorecardSection[] = sectionNodes.map((section) => {
    const criteria = nodes
      .filter((node) => isType(node, 'METRIC') && node.parentId === section.id)
      .sort(byIndex)
      .map(criterionOf);
    return {
      id: section.id,
      name: section.name?.trim() || 'Unnamed section',
      earned: section.pointsEarned ?? sum(criteria.map((item) => item.earned)) ?? undefined,
      possible: section.pointsPossible ?? sum(criteria.map((item) => item.possible)) ?? undefined,
      criteria,
    };
  });
  // Criteria straight under the root (a scorecard without sections) get a section of their own.
  const loose = nodes.filter((node) => isType(node, 'METRIC') && !sectionIds.has(node.parentId ?? ''));
  const underRoot = loose
    .filter((node) => root !== undefined && node.parentId === root.id)
    .sort(byIndex)
    .map(criterionOf);
  skipped += loose.length - underRoot.length;
  if (underRoot.length) {
    sections.push({
      id: `${root?.id}-criteria`,
      name: 'Criteria',
      earned: sum(underRoot.map((c) => c.earned)),
      possible: sum(underRoot.map((c) => c.possible)),
      criteria: underRoot,
    });
  }
  for (const node of nodes) if (isType(node, 'METRIC')) skipped += node.citations.skipped;
  return {
    name: evaluation.name ?? root?.name ?? undefined,
    earned: evaluation.pointsEarned ?? root?.pointsEarned ?? undefined,
    possible: evaluation.pointsPossible ?? root?.pointsPossible ?? undefined,
    sections,
    skipped,
  };
}
