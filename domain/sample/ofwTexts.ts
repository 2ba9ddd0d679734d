// What an OFW desk officer writes in a case description, per category. Free text is
// English, as many Philippine desks keep their records; {placeholders} are filled per case.
import type { CaseTexts } from './texts';

const CATEGORY_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  repatriation: [
    '{Who} asks to be repatriated; the employer is holding the passport.',
    '{Who} wants to come home before the contract ends and has no money for the ticket.',
    'Request for repatriation: {who} is staying at the MWO shelter and waiting for an exit visa.',
  ],
  welfareCheck: [
    '{Who} has not answered calls or messages for {weeks} weeks.',
    'The family lost contact with {who} after {who} changed employers.',
    "{Who}'s last message said the employer took the phone; the family asks for a welfare check.",
  ],
  contractViolation: [
    '{Who} has not been paid for {months} months.',
    '{Who} works 16 hours a day without a rest day, against the contract.',
    'Salary is lower than the amount in the DMW-verified contract.',
  ],
  abuse: [
    '{Who} reports shouting and slapping by the employer and is afraid to stay.',
    '{Who} is not given enough food and is locked in the house.',
    'Verbal and physical abuse reported through a video call with the family.',
  ],
  illegalRecruitment: [
    'A recruiter on Facebook took a placement fee of PHP {amount} and stopped answering.',
    '{Who} was deployed on a tourist visa and has no work permit.',
    'Recruiter promised a job as {anOccupation} but the agency is not licensed.',
  ],
  legalAssistance: [
    '{Who} needs advice on a case filed by the employer.',
    'The family asks for help to file a complaint against the agency.',
  ],
  detentionAbroad: [
    '{Who} was detained after an immigration raid; the family does not know where.',
    '{Who} is held at a police station over a dispute with the employer.',
  ],
  healthCareAccess: [
    '{Who} needs help with hospital bills in the Philippines.',
    'Client asks how to use PhilHealth for an operation at the provincial hospital.',
  ],
  illnessInjury: [
    '{Who} was injured at work and has not been taken to a doctor.',
    '{Who} is in hospital in {country}; the family needs information.',
    '{Who} shows signs of depression, according to the family.',
  ],
  deathAndRemains: [
    '{Who} died in {country}; the family asks for help to bring the remains home.',
    'Death of {who} reported by the agency; the family asks for OWWA burial assistance.',
  ],
  financialAssistance: [
    'Client asks for financial assistance while {who} is without work.',
    'The family needs help with school fees after {who} lost the job abroad.',
    'Client asks about the AKSYON Fund and what papers to bring.',
  ],
  displacement: [
    "{Who}'s employer closed the company; the workers have not been paid their final wages.",
    '{Who} was sent home because of the conflict and has no job.',
  ],
  owwaMembership: [
    'Client asks how to renew the OWWA membership.',
    'Client asks which OWWA benefits the family can claim.',
  ],
  documents: [
    'Client needs help with a passport appointment and the OEC.',
    "{Who}'s e-Registration shows an error; the account cannot be updated.",
    'Lost passport; client asks how to get a new one before the flight.',
  ],
  preEmploymentInfo: [
    'Client asks how to check whether an agency is licensed.',
    'Client asks about PEOS and what documents are needed to work in {country}.',
    'Client wants to know the steps and costs of applying as {anOccupation}.',
  ],
  reintegration: [
    'Client wants to start a small business and asks about the reintegration programme.',
    'Client asks for skills training at TESDA and help finding local work.',
  ],
  psychosocialSupport: [
    'Client is anxious and cannot sleep since coming home.',
    'The family asks for counselling for the children while {who} is abroad.',
  ],
  other: ['Client asks for a certificate for the barangay.', 'General inquiry about the desk.'],
};

export const ofwTexts: CaseTexts = {
  openers: {
    self: [
      'Client works as {anOccupation} in {country}.',
      'Client, {anOccupation} in {country}, is home on vacation.',
      'Client was deployed to {country} as {anOccupation} through {agency}.',
    ],
    returned: [
      'Client came home from {country} {months} months ago after working as {anOccupation}.',
      'Client is a returned {occupation} from {country}.',
    ],
    prospective: [
      'Client plans to work as {anOccupation} in {country}.',
      'Client has a job offer as {anOccupation} in {country} through {agency}.',
    ],
    relative: [
      "The client's {relation}, {name}, works as {anOccupation} in {country}.",
      'Client came on behalf of {relation} {name}, {anOccupation} in {country}.',
      "The client's {relation} {name} has worked in {country} for {years} years.",
    ],
  },
  categories: CATEGORY_SENTENCES,
  extras: [
    'Client brought a copy of the contract.',
    'Client has screenshots of the messages.',
    'The agency has not replied to the family.',
    'Client prefers to be called in the afternoon.',
    'Client speaks Bikol; interview held in Bikol and Filipino.',
    'Walk-in; client was referred by the barangay captain.',
  ],
  workNotes: [
    'Drafted the request letter for the client to sign.',
    'Photocopied passport, contract and IDs for the file.',
    'Checked the agency in the DMW list of licensed agencies.',
    'Emailed the Migrant Workers Office about the case.',
    'Helped the client fill in the OWWA application form.',
  ],
  documentsSent: [
    'Passport copy, contract, request letter',
    'Referral slip, valid ID',
    'Request letter, photos, barangay certificate',
    'Medical certificate, passport copy',
    'Copy of messages, affidavit',
  ],
  resolved: {
    repatriation: ['Repatriated; met by OWWA at the airport and brought home.'],
    welfareCheck: ['The MWO reached the OFW, who is safe; the family was informed.'],
    contractViolation: ['Unpaid wages settled through the MWO conciliation.'],
    illegalRecruitment: ['Complaint filed with DMW; the recruiter is under investigation.'],
    deathAndRemains: ['Remains arrived; OWWA burial assistance released to the family.'],
    financialAssistance: ['Financial assistance released to the client.'],
    owwaMembership: ['OWWA membership renewed; client given the receipt.'],
    documents: ['Documents released to the client.'],
    preEmploymentInfo: ['Information given; client enrolled in PEOS.'],
    reintegration: ['Client enrolled in the livelihood programme.'],
  },
};
