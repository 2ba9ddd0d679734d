// The services feature's public face: the directory and its pages, the handout print view,
// the starter set seeding, and the suggestions a case shows for its categories.
export { ServicesListPage } from './ServicesListPage';
export { ServicePage } from './ServicePage';
export { NewServicePage } from './NewServicePage';
export { ServiceHandoutPrintPage } from './print/ServiceHandoutPrintPage';
export { useSeedStarterServices } from './useSeedStarterServices';
export { useSuggestedServices, type SuggestedService } from './useSuggestedServices';
export { SuggestedServices } from './SuggestedServices';
export { handoutPrintPath } from './HandoutPrintPanel';
export {
  createService,
  updateService,
  deleteService,
  seedStarterServices,
  findSuggestedServices,
} from './servicesRepository';
export type { Service, ServiceInput } from './serviceTypes';
