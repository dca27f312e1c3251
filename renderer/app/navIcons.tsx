import {
  AlertOutlined,
  AuditOutlined,
  CalculatorOutlined,
  BookOutlined,
  ClusterOutlined,
  EditOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RouteId } from './routes';

export const navIcons: Record<RouteId, ReactNode> = {
  cases: <FolderOpenOutlined />,
  checklists: <SafetyCertificateOutlined />,
  'similar-cases': <ClusterOutlined />,
  laws: <BookOutlined />,
  drafting: <EditOutlined />,
  review: <FileSearchOutlined />,
  transcripts: <ProfileOutlined />,
  judgment: <AlertOutlined />,
  audit: <AuditOutlined />,
  settings: <SettingOutlined />,
  models: <ExperimentOutlined />,
  calculators: <CalculatorOutlined />,
};
