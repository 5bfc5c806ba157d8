import { Foundation1764000000000 } from './1764000000000-foundation';
import { Recalls1764100000000 } from './1764100000000-recalls';
import { Clues1764200000000 } from './1764200000000-clues';
import { PhotoReview1764300000000 } from './1764300000000-photo-review';
import { Cases1764400000000 } from './1764400000000-cases';
import { Notify1764500000000 } from './1764500000000-notify';
import { Sessions1764600000000 } from './1764600000000-sessions';
import { CaseStepsAudited1764700000000 } from './1764700000000-case-steps-audited';
import { RequestStepsAudited1764710000000 } from './1764710000000-request-steps-audited';
import { ClueStepsAudited1764720000000 } from './1764720000000-clue-steps-audited';
import { IdempotencyHash1764730000000 } from './1764730000000-idempotency-hash';
import { CalendarYears1764800000000 } from './1764800000000-calendar-years';
import { PlanAcceptedOn1764900000000 } from './1764900000000-plan-accepted-on';
import { ClueRecalls1764920000000 } from './1764920000000-clue-recalls';
import { FollowRecall1764930000000 } from './1764930000000-follow-recall';
import { RecallPublicPlan1765130000000 } from './1765130000000-recall-public-plan';
import { StaffClueIdempotency1765160000000 } from './1765160000000-staff-clue-idempotency';
import { DefectClass1765170000000 } from './1765170000000-defect-class';
import { CityEvaluation1765200000000 } from './1765200000000-city-evaluation';
import { CountyAssist1765210000000 } from './1765210000000-county-assist';
import { TechnicalRequests1765220000000 } from './1765220000000-technical-requests';
import { CaseRecords1765230000000 } from './1765230000000-case-records';
import { IncidentReports1765240000000 } from './1765240000000-incident-reports';
import { ConsumerWarnings1765250000000 } from './1765250000000-consumer-warnings';
import { CrossProvince1765260000000 } from './1765260000000-cross-province';
import { TechnicalLibraries1765310000000 } from './1765310000000-technical-libraries';
import { ProvinceSteps1765350000000 } from './1765350000000-province-steps';
import { ForeignRecalls1765370000000 } from './1765370000000-foreign-recalls';
import { Platforms1765400000000 } from './1765400000000-platforms';
import { ClueUnitReport1765410000000 } from './1765410000000-clue-unit-report';
import { ForeignRecallDetails1765420000000 } from './1765420000000-foreign-recall-details';

/** Every migration, in order. Applied at start (migrationsRun). */
export const MIGRATIONS = [
  Foundation1764000000000,
  Recalls1764100000000,
  Clues1764200000000,
  PhotoReview1764300000000,
  Cases1764400000000,
  Notify1764500000000,
  Sessions1764600000000,
  CaseStepsAudited1764700000000,
  RequestStepsAudited1764710000000,
  ClueStepsAudited1764720000000,
  IdempotencyHash1764730000000,
  CalendarYears1764800000000,
  PlanAcceptedOn1764900000000,
  ClueRecalls1764920000000,
  FollowRecall1764930000000,
  RecallPublicPlan1765130000000,
  StaffClueIdempotency1765160000000,
  DefectClass1765170000000,
  CityEvaluation1765200000000,
  CountyAssist1765210000000,
  TechnicalRequests1765220000000,
  CaseRecords1765230000000,
  IncidentReports1765240000000,
  ConsumerWarnings1765250000000,
  CrossProvince1765260000000,
  TechnicalLibraries1765310000000,
  ProvinceSteps1765350000000,
  ForeignRecalls1765370000000,
  Platforms1765400000000,
  ClueUnitReport1765410000000,
  ForeignRecallDetails1765420000000,
];
