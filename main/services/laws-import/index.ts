// 导入法规目录: the development route for statutes (a court updates them by signed knowledge pack).
export { LawsImportService } from './laws-import-service';
export type { LawsImportServiceOptions } from './laws-import-service';
