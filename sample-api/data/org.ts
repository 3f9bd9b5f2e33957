// One invented home-services company with a team per trade. Each recording takes its
// organizationId/teamId/userId from here so the same team always carries the same ids.

export const ORGANIZATION_ID = '0b9d7c4a-5e2f-4d18-a3c6-7f81e2d94b10';

/** Where customer links point: the company's Salesforce org. */
export const SALESFORCE_BASE = 'https://keystone-exteriors.lightning.force.com/lightning/r';

export type Team = {
  teamId: string;
  teamName: string;
  userId: string;
  repName: string;
};

export const ROOFING: Team = {
  teamId: '6a1f3c5e-8b2d-4f09-a7c4-3e5d7f9b1a20',
  teamName: 'Roofing – North Dallas',
  userId: 'u-4c2e8a1f-6b3d-4e5a-9f7c-1d2e3f4a5b6c',
  repName: 'Marcus Bell',
};

export const SOLAR: Team = {
  teamId: '8c3e5a7f-1d2b-4c6e-b9a8-7f6e5d4c3b2a',
  teamName: 'Solar – Austin',
  userId: 'u-7a9b1c3d-5e7f-4a2b-8c4d-6e8f0a2b4c6d',
  repName: 'Priya Natarajan',
};

export const HVAC: Team = {
  teamId: '1e3a5c7b-9d2f-4b6a-8e0c-2a4c6e8b0d1f',
  teamName: 'HVAC – San Antonio',
  userId: 'u-2b4d6f8a-0c1e-4a3b-9d5f-7a9c1e3b5d7f',
  repName: 'Luis Ortega',
};

export const WINDOWS: Team = {
  teamId: '4f6b8d0a-2c4e-4f1a-a3b5-c7d9e1f3a5b7',
  teamName: 'Windows & Doors – Fort Worth',
  userId: 'u-9e1a3c5b-7d9f-4b2a-a4c6-e8f0a2c4e6a8',
  repName: 'Dana Whitfield',
};

export const WINDOWS_MONTREAL: Team = {
  teamId: '0d2f4b6a-8c0e-4a9b-b1d3-f5a7c9e1b3d5',
  teamName: 'Fenêtres – Montréal',
  userId: 'u-5c7e9a1b-3d5f-4c8a-b0e2-4a6c8e0a2c4e',
  repName: 'Élodie Gagnon',
};

/** The ids every recording of a team carries. */
export function teamFields(team: Team) {
  return { organizationId: ORGANIZATION_ID, teamId: team.teamId, userId: team.userId };
}

export function salesforceUrl(objectType: 'Account' | 'Lead' | 'Opportunity' | 'Contact', recordId: string) {
  return `${SALESFORCE_BASE}/${objectType}/${recordId}/view`;
}
