import { createContext, useContext } from 'react';
import type { ScreenKey } from './layout/AppFrame';

/** Moving between screens: the side menu's screens, and an enterprise's own page. */
export interface Navigation {
  navigate(screen: ScreenKey): void;
  openEnterprise(id: number): void;
}

export const NavigationContext = createContext<Navigation>({ navigate: () => {}, openEnterprise: () => {} });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
