// What a migrant and refugee desk officer in a Catalan city writes in a case description, per
// category. Kept in English like the OFW texts; {placeholders} are filled per case.
import type { CaseTexts } from './texts';

const CATEGORY_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  documentsRegularisation: [
    '{Who} has lived in Terrassa for three years and asks about arraigo social.',
    "{Who}'s residence card expires next month; asks how to renew it.",
    '{Who} needs an appointment at Extranjería and cannot get one online.',
  ],
  asylumProtection: [
    '{Who} arrived in {arrivalYear} and wants to apply for international protection.',
    "{Who}'s asylum interview is scheduled; asks for help preparing documents.",
    'Asylum application was refused; {who} asks about an appeal.',
  ],
  employment: [
    '{Who} is looking for work and asks about job-search workshops.',
    '{Who} worked without a contract and was dismissed without pay.',
  ],
  housing: [
    '{Who} has an eviction notice for next month.',
    'The family of five shares one room; asks about social housing.',
    '{Who} needs a housing-adequacy report for family reunification.',
  ],
  healthCare: [
    '{Who} has no health card and needs to see a doctor.',
    '{Who} is pregnant and does not know how to register at the health centre.',
  ],
  education: [
    'Client asks how to enrol two children at school mid-year.',
    'Client wants to have a school certificate from {country} recognised.',
  ],
  languageCourses: [
    '{Who} wants to start Catalan classes for the first-reception certificate.',
    '{Who} asks about evening Spanish classes.',
  ],
  legalAid: [
    '{Who} received a fine and does not understand the letter.',
    '{Who} needs a lawyer for a labour claim.',
  ],
  discrimination: [
    '{Who} was refused a flat after the owner heard the accent.',
    '{Who} reports insults from a neighbour in the stairwell.',
  ],
  socialAssistance: [
    '{Who} has no income this month and asks for food support.',
    'Client asks about the minimum income and how to apply.',
  ],
  familyReunification: [
    '{Who} wants to bring spouse and children from {country}.',
    '{Who} asks which documents are needed to reunite with a child in {country}.',
  ],
  genderBasedViolence: [
    '{Who} disclosed violence by a partner; referred to a specialist service.',
    '{Who} asks for help after threats from a former partner.',
  ],
  other: ['Client asks for the municipal register certificate.', 'General inquiry.'],
};

export const migrantTexts: CaseTexts = {
  openers: {
    self: [
      'Client arrived from {country} in {arrivalYear}.',
      'Client, from {country}, lives in {neighbourhood}.',
    ],
    returned: ['Client returned to Terrassa after some years in {country}.'],
    prospective: ['Client arrived from {country} in {arrivalYear}.'],
    host: [
      'Client is a neighbour of {neighbourhood}.',
      'Client volunteers with a local association.',
    ],
    relative: [
      "The client's {relation} {name} came from {country} in {arrivalYear} and speaks little Spanish.",
      'Client came on behalf of {relation} {name}, who arrived from {country} in {arrivalYear}.',
    ],
  },
  categories: CATEGORY_SENTENCES,
  extras: [
    'Interview held in Arabic with a volunteer interpreter.',
    'Client brought the passport and the municipal register certificate.',
    'Client prefers messages by WhatsApp.',
    'Referred by the primary care social worker.',
    'Client is registered in the municipal register since last year.',
  ],
  workNotes: [
    'Helped the client fill in the application form.',
    'Booked an appointment online for the client.',
    'Asked the interpreting service for an interpreter.',
    'Wrote a support letter for the application.',
  ],
  documentsSent: [
    'Passport copy, municipal register certificate',
    'Referral report, residence card copy',
    'Application form, passport copy',
    'Social report, payslips',
  ],
  resolved: {
    documentsRegularisation: ['Residence permit granted; client collected the card.'],
    asylumProtection: ['Application for international protection registered.'],
    employment: ['Client started a job through the employment service.'],
    housing: ['Family placed in temporary housing by social services.'],
    healthCare: ['Health card issued; client registered at the health centre.'],
    education: ['Children enrolled at school.'],
    languageCourses: ['Client enrolled in the Catalan course.'],
    familyReunification: ['Family reunification permit granted.'],
  },
};
