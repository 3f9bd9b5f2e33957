import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { formatNumber } from '@/lib/format';
import { buildRecording } from '@/testing/recording-fixtures';

import { ScorePanel } from './score-panel';

const meter = () => screen.queryByRole('meter');

describe('ScorePanel', () => {
  it('shows the score out of 100', () => {
    render(<ScorePanel score={88} />);
    expect(screen.getByText('88').parentElement).toHaveTextContent(/^88 \/ 100$/);
  });

  it('has a meter named with the score', () => {
    render(<ScorePanel score={88} />);
    const scoreMeter = screen.getByRole('meter', { name: /\b88\b/ });
    expect(scoreMeter).toHaveAccessibleName('Evaluation score 88 out of 100');
    expect(scoreMeter).toHaveAttribute('min', '0');
    expect(scoreMeter).toHaveAttribute('max', '100');
    expect(scoreMeter).toHaveAttribute('value', '88');
  });

  it('shows a fractional score as it came', () => {
    render(<ScorePanel score={87.5} />);
    expect(screen.getByRole('meter', { name: /87\.5/ })).toHaveAttribute('value', '87.5');
    expect(screen.getByText('87.5')).toBeInTheDocument();
  });

  it('shows 0 as a score, not as "no score"', () => {
    render(<ScorePanel score={0} />);
    expect(screen.getByRole('meter', { name: /\b0 out of 100/ })).toHaveAttribute('value', '0');
    expect(screen.queryByText(/No score/)).not.toBeInTheDocument();
  });

  it.each([120, -5, 1_250])('shows %s, outside 0–100, as the number alone: no scale, no meter', (score) => {
    render(<ScorePanel score={score} />);
    expect(screen.getByText(formatNumber(score))).toBeInTheDocument();
    expect(screen.queryByText(/\/ 100/)).not.toBeInTheDocument();
    expect(meter()).not.toBeInTheDocument();
  });

  it.each([100, 0])('keeps the scale for %s, at the edge of 0–100', (score) => {
    render(<ScorePanel score={score} />);
    expect(screen.getByRole('meter', { name: `Evaluation score ${score} out of 100` })).toHaveAttribute('value', String(score));
  });

  it.each(['B+', '88', { value: 88 }])('says a score of %j came but could not be read, not that there is none', (raw) => {
    render(<ScorePanel score={buildRecording({ evaluationScore: raw }).evaluationScore} />);
    expect(screen.getByText('Siro sent a score, but it could not be read.')).toBeInTheDocument();
    expect(screen.queryByText(/No score/)).not.toBeInTheDocument();
    expect(meter()).not.toBeInTheDocument();
  });

  it.each([null, undefined])('says there is no score yet for %s', (score) => {
    render(<ScorePanel score={score} />);
    expect(screen.getByText('No score for this recording yet.')).toBeInTheDocument();
    expect(meter()).not.toBeInTheDocument();
  });

  it('does not promise a score to a deleted recording', () => {
    render(<ScorePanel score={null} deleted />);
    expect(screen.getByText('This recording was deleted before it was scored.')).toBeInTheDocument();
    expect(screen.queryByText(/yet/)).not.toBeInTheDocument();
  });
});
