import type { ComponentType } from 'react';
import { DataTab } from './data/DataTab';
import { EstimateTab } from './estimate/EstimateTab';
import { ViewTab } from './view/ViewTab';
import { VariogramTab } from './variogram/VariogramTab';
import { HolesTab } from './holes/HolesTab';
import { StatisticsTab } from './statistics/StatisticsTab';
import { ValidationTab } from './validation/ValidationTab';
import { ResourcesTab } from './resources/ResourcesTab';

/** A tab of the side panel. Later panels (statistics, variography, validation, resources) add an entry here. */
export interface TabDef {
  id: string;
  /** i18n key of the tab's label. */
  label: string;
  Component: ComponentType;
}

/** The side panel's tabs, in order. */
export const TABS: TabDef[] = [
  { id: 'data', label: 'tabs.data', Component: DataTab },
  { id: 'estimate', label: 'tabs.estimate', Component: EstimateTab },
  { id: 'variogram', label: 'variogramPanel.tab', Component: VariogramTab },
  { id: 'view', label: 'tabs.view', Component: ViewTab },
  { id: 'holes', label: 'holes.tab', Component: HolesTab },
  { id: 'statistics', label: 'stats.tab', Component: StatisticsTab },
  { id: 'validation', label: 'validation.tab', Component: ValidationTab },
  { id: 'resources', label: 'resources.tab', Component: ResourcesTab },
];
