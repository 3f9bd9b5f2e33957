// The Montréal windows appointment behind the French recording: twelve original sash windows,
// a triple-glazed hybrid quote, the Rénoclimat subsidy, a co-owner to convince and an energy
// evaluation to wait for. Agrees with the French summary and extraction values.
import type { SummarySection } from '../types.ts';
import { buildTranscript, homeowner as h, quoteContaining, rep as r, type Line } from './transcript-builder.ts';

const MEASURING_MS = 16 * 60_000;
const QUOTE_MS = 7 * 60_000;

const lines: Line[] = [
  r('Bonjour, madame Tremblay? Élodie Gagnon, de Keystone Fenêtres. Merci de me recevoir.'),
  h("Bonjour, entrez. Attention à la marche, l'escalier est raide."),
  r('Ah, les beaux escaliers du Plateau. Vous êtes au deuxième étage du duplex?'),
  h('Oui, et la copropriétaire habite au rez-de-chaussée.'),
  r("Parfait. Qu'est-ce qui vous amène à penser aux fenêtres?"),
  h("Ce sont les fenêtres à guillotine d'origine. L'hiver, elles sont complètement givrées à l'intérieur."),
  r('Combien de fenêtres en tout?'),
  h('Douze. Quatre en avant, six sur le côté et deux dans la cuisine.'),
  r("D'accord. Je vais les mesurer une par une et vérifier l'état des cadres."),
  h('Allez-y, je vais faire du café.'),
  r("Voilà, j'ai terminé. Les cadres sont en bon état, mais le vitrage simple ne tient plus.", { pauseMs: MEASURING_MS }),
  h("C'est bien ce que je pensais."),
  r("Je vous recommande des fenêtres hybrides, PVC à l'intérieur et aluminium à l'extérieur, avec un triple vitrage."),
  h('Pourquoi du triple vitrage?'),
  r("Avec nos hivers, c'est ce qui élimine le givre, et c'est admissible à la subvention Rénoclimat."),
  h('Combien est-ce que ça coûterait?'),
  r('Laissez-moi préparer le prix exact.'),
  r("Pour les douze fenêtres, pose incluse, c'est quatorze mille deux cents dollars.", { pauseMs: QUOTE_MS }),
  h("C'est raisonnable. J'avais prévu autour de quinze mille."),
  r('Et avec Rénoclimat, vous pourriez récupérer une partie du montant après les travaux.'),
  h("Justement, j'ai une évaluation énergétique prévue en mai. Je préfère attendre le résultat."),
  r("C'est une bonne idée, l'évaluation avant les travaux est obligatoire pour la subvention."),
  h("Il y a aussi un autre problème. La façade est commune, alors il me faut l'accord de la copropriétaire."),
  r("Bien sûr. Est-ce qu'elle pense aussi changer ses fenêtres?"),
  h("Je ne sais pas. Elle est plutôt prudente avec l'argent."),
  r('Je peux lui laisser une documentation, si ça peut aider.'),
  h("Oui, ça m'aiderait. Je vais lui en parler cette semaine."),
  r('Pour le paiement, est-ce que vous aimeriez une option de financement?'),
  h("Non, merci. Nous avons l'argent de côté."),
  r("Très bien. Alors je vous rappelle après l'évaluation énergétique?"),
  h('Oui, vers le vingt mai, ce serait parfait.'),
  r("C'est noté. Je vous envoie la soumission par courriel aujourd'hui."),
  h('Merci beaucoup, Élodie.'),
  r('Merci à vous, et bonne fin de journée.'),
];

export const FRENCH_TRANSCRIPT = buildTranscript(lines, { '0': 'Élodie Gagnon', '1': 'Sophie Tremblay' });

export const FRENCH_SUMMARY_SECTIONS: SummarySection[] = [
  {
    id: 's9a00000-0000-4000-8000-000000000001',
    promptHeader: 'Key points',
    promptResponse:
      "- Douze fenêtres à guillotine d'origine, givrées l'hiver.\n" +
      '- Proposition : fenêtres hybrides PVC-aluminium à triple vitrage, 14 200 $ pose incluse.\n' +
      "- Budget prévu d'environ 15 000 $, sans financement.",
    summaryResultIndex: 0,
    quotes: [
      quoteContaining(FRENCH_TRANSCRIPT, 'elles sont complètement givrées'),
      quoteContaining(FRENCH_TRANSCRIPT, 'quatorze mille deux cents dollars'),
      quoteContaining(FRENCH_TRANSCRIPT, "J'avais prévu autour de quinze mille"),
    ],
  },
  {
    id: 's9a00000-0000-4000-8000-000000000002',
    promptHeader: 'Objections',
    promptResponse:
      "Aucune objection sur le prix. Mme Tremblay attend l'évaluation énergétique de mai et doit obtenir l'accord de la copropriétaire du rez-de-chaussée.",
    summaryResultIndex: 1,
    quotes: [
      quoteContaining(FRENCH_TRANSCRIPT, 'une évaluation énergétique prévue en mai'),
      quoteContaining(FRENCH_TRANSCRIPT, "il me faut l'accord de la copropriétaire"),
    ],
  },
  {
    id: 's9a00000-0000-4000-8000-000000000003',
    promptHeader: 'Next steps',
    promptResponse: "- Soumission envoyée par courriel aujourd'hui.\n- Rappeler vers le 20 mai, après l'évaluation.",
    summaryResultIndex: 2,
    quotes: [quoteContaining(FRENCH_TRANSCRIPT, 'vers le vingt mai')],
  },
];
