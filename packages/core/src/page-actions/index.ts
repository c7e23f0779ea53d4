export {
  type PageActionHandler,
  type PageActionSettings,
  type PageActions,
  pageActions,
} from './page-actions';
export { withActions } from './with-actions';
