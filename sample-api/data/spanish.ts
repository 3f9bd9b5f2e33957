// 4. An HVAC replacement sold in Spanish. The company's entity definitions keep their English
// names (the organisation defines them once); the extracted values and the summary are Spanish.
import { SPANISH_RECORDING_ID as ID } from '../ids.ts';
import type { CrmCustomer, EntityExtraction, Recording, SummarySection } from '../types.ts';
import { suggestedFollowup } from './followup-builder.ts';
import { HVAC, ORGANIZATION_ID, teamFields } from './org.ts';
import { SPANISH_TRANSCRIPT } from './spanish-transcript.ts';
import { durationOf, quoteContaining } from './transcript-builder.ts';

const CREATED = '2026-04-28T21:04:19.000Z';
const JOB_ID = 'ST-20931847';

const customer: CrmCustomer = {
  id: '4e6a8c0b-2d4f-4a1c-9e3b-5d7f9a1c3e5b',
  name: 'Rosa Delgado',
  crmUrl: `https://go.servicetitan.com/#/Customer/${JOB_ID.slice(3)}`,
  customerType: 'CONTACT',
  lastActivityAt: '2026-04-28T22:51:00.000Z',
  createdAt: '2026-04-27T14:02:11.000Z',
  updatedAt: '2026-04-28T22:53:40.000Z',
  closedAt: null,
  emailAddress: 'rosa.delgado@example.net',
  phoneNumber: '+1 (210) 555-0183',
  externalId: JOB_ID,
  amount: 9800,
  disposition: 'WON',
  recordingId: ID,
  lastRecordingDate: CREATED,
  numRecordings: 1,
  matchingSource: 'FUZZY',
  accountId: null,
  opportunityAccountName: null,
  contactId: JOB_ID,
  opportunityContactName: 'Rosa Delgado',
  opportunityId: null,
  engagementId: null,
  address: '2719 Camino Verde, San Antonio, TX 78228',
  organizationId: ORGANIZATION_ID,
  integrationConnectionId: 'ic-8b0d2f4a-servicetitan',
  integrationPlatform: 'SERVICE_TITAN',
  integrationName: 'ServiceTitan',
};

const job = (field: string) => ({ crmModelName: 'Job', crmFieldName: field });

function extraction(index: number, definition: string, value: EntityExtraction['extraction']): EntityExtraction {
  const suffix = String(index).padStart(12, '0');
  return {
    id: `e4a00000-0000-4000-8000-${suffix}`,
    recordingId: ID,
    siroEntityDefinitionId: `d1a00000-0000-4000-8000-${suffix}`,
    siroEntityDefinitionName: definition,
    siroEntityDefinitionDeleted: false,
    status: 'SUCCESS',
    extraction: value,
    createdAt: '2026-04-28T22:40:02.000Z',
    updatedAt: '2026-04-28T22:40:02.000Z',
    mappings: value?.flatMap((item) => item.mappings ?? []) ?? null,
  };
}

export const SPANISH: Recording = {
  id: ID,
  dateCreated: CREATED,
  transcriptionStatus: 'COMPLETE',
  processingStatus: 'complete',
  processingStage: 'done',
  ...teamFields(HVAC),
  title: 'Delgado – reemplazo de aire acondicionado',
  durationInMilliseconds: durationOf(SPANISH_TRANSCRIPT),
  deleted: false,
  conversationType: 'In-home appointment',
  transcriptionLanguage: 'Spanish',
  universalOutcomeLabel: 'POSITIVE',
  summary:
    'Luis Ortega visitó a Rosa Delgado en San Antonio porque su aire acondicionado de 17 años dejó de enfriar. ' +
    'Encontró el capacitor del compresor inflado y una fuga en el serpentín; como el equipo usa R-22, la reparación (1,450 dólares) no tendría garantía. ' +
    'Recomendó un Carrier de 3 toneladas, 16 SEER2, con serpentín nuevo y termostato inteligente por 9,800 dólares, y explicó el ahorro en la luz y el reembolso de 400 dólares de CPS Energy. ' +
    'La objeción principal fue el precio, porque esperaba una reparación de menos de 2,000 dólares; después de hablar por teléfono con su esposo Javier, firmó con financiamiento a 60 meses. ' +
    'La instalación quedó para el 6 de mayo de 2026; mientras tanto Luis cambió el capacitor y agregó refrigerante sin costo, y quedó en enviar una cotización para los ductos del ático.',
  crmCustomer: customer,
  crmOpportunities: [
    {
      opportunityExternalId: JOB_ID,
      accountId: customer.id,
      accountName: 'Rosa Delgado',
      accountExternalId: JOB_ID,
      disposition: 'Sold',
      closedAt: '2026-04-28T22:31:00.000Z',
      name: 'Reemplazo de sistema Carrier 3 ton 16 SEER2',
      amount: 9800,
      integrationName: 'ServiceTitan',
      integrationPlatform: 'servicetitan',
      addresses: [{ street: '2719 Camino Verde', city: 'San Antonio', state: 'TX', zip: '78228', country: 'USA' }],
    },
  ],
  entityExtractions: [
    extraction(1, 'Objection reason', [
      { name: 'Objection reason', value: 'Precio: esperaba una reparación de menos de 2,000 dólares', mappings: [job('Objection_Reason')] },
    ]),
    extraction(2, 'Budget', [{ name: 'Budget', value: 10000, mappings: [job('Budget')] }]),
    extraction(3, 'Decision makers', [
      { name: 'Decision makers', value: ['Rosa Delgado', 'Javier Delgado'], mappings: [job('Decision_Makers')] },
    ]),
    extraction(4, 'Equipment age in years', [{ name: 'Equipment age in years', value: 17, mappings: [job('Equipment_Age')] }]),
    extraction(5, 'Financing interest', [{ name: 'Financing interest', value: true, mappings: [job('Financing_Interest')] }]),
    extraction(6, 'Next appointment date', [
      { name: 'Next appointment date', value: '2026-05-06', mappings: [{ crmModelName: 'Appointment', crmFieldName: 'Start' }] },
    ]),
    extraction(7, 'Selected equipment', [
      {
        name: 'Selected equipment',
        value: 'Carrier de 3 toneladas, 16 SEER2, con serpentín nuevo y termostato inteligente',
        mappings: [job('Equipment_Sold')],
      },
      { name: 'Financing plan', value: 'Financiamiento a 60 meses al 7.99 %', mappings: [job('Financing_Plan')] },
    ]),
    extraction(8, 'Additional needs', [
      {
        name: 'Additional needs',
        value: ['Ductos aplastados en el ático', 'Cuarto de atrás más caliente que el resto'],
        mappings: [job('Additional_Needs')],
      },
    ]),
  ],
  evaluationScore: 91,
  followups: [
    suggestedFollowup(HVAC, ID, 'Delgado – reemplazo de aire acondicionado', customer, {
      followupId: 'f4a1b2c3-d4e5-4f60-8a1b-2c3d4e5f6a74',
      dateCreated: '2026-04-28T22:41:15.000Z',
      followupType: 'CROSS_SELL',
      score: 4,
      followupAction:
        'Enviar la cotización de los ductos del ático la próxima semana y ofrecer hacerlos después de la instalación del 6 de mayo.',
      context: [
        { header: 'MAIN_OBJECTION', value: 'Quiere terminar primero el reemplazo del aire.' },
        { header: 'EMOTIONAL_TIE', value: 'El cuarto de su hija siempre está más caliente.' },
        { header: 'FOLLOW_UP_TIME', value: 'La próxima semana, por correo electrónico.' },
      ],
      thinking: 'Alta (4/5): la clienta pidió el precio y el problema afecta a su familia; no es 5 porque quiere esperar a la instalación.',
    }),
  ],
};

/** The v2 summary sections; headers are the organisation's prompts, responses in Spanish. */
export const SPANISH_SUMMARY_SECTIONS: SummarySection[] = [
  {
    id: 's4a00000-0000-4000-8000-000000000001',
    promptHeader: 'Key points',
    promptResponse:
      '- Equipo de 17 años con R-22: capacitor inflado y fuga en el serpentín.\n' +
      '- Recomendación: Carrier de 3 toneladas, 16 SEER2, 9,800 dólares con instalación y permiso.\n' +
      '- Firmó con financiamiento a 60 meses; instalación el 6 de mayo.',
    summaryResultIndex: 0,
    quotes: [
      quoteContaining(SPANISH_TRANSCRIPT, 'el capacitor del compresor está inflado'),
      quoteContaining(SPANISH_TRANSCRIPT, 'su equipo usa R-22'),
      quoteContaining(SPANISH_TRANSCRIPT, 'Todo son nueve mil ochocientos'),
    ],
  },
  {
    id: 's4a00000-0000-4000-8000-000000000002',
    promptHeader: 'Objections',
    promptResponse:
      'Precio: esperaba una reparación de menos de 2,000 dólares. Luis explicó el ahorro en la luz y el reembolso de CPS Energy; Javier aceptó por teléfono con el plan a 60 meses.',
    summaryResultIndex: 1,
    quotes: [
      quoteContaining(SPANISH_TRANSCRIPT, 'una reparación de menos de dos mil'),
      quoteContaining(SPANISH_TRANSCRIPT, 'le parece bien si es a sesenta meses'),
    ],
  },
  {
    id: 's4a00000-0000-4000-8000-000000000003',
    promptHeader: 'Next steps',
    promptResponse:
      '- Instalación el miércoles 6 de mayo a las 8 a. m.\n' +
      '- Marisol llama para confirmar la cita y el financiamiento.\n' +
      '- Cotizar el cambio de los ductos del ático.',
    summaryResultIndex: 2,
    quotes: [
      quoteContaining(SPANISH_TRANSCRIPT, 'Tengo disponible el miércoles seis de mayo'),
      quoteContaining(SPANISH_TRANSCRIPT, 'cotizar el cambio después de la instalación'),
    ],
  },
];
