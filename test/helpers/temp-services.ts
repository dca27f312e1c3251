import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CallerContext } from '../../main/api/caller';
import { localCaller } from '../../main/api/caller';
import { createApi } from '../../main/api/dispatch';
import { routes } from '../../main/api/routes';
import type { Services } from '../../main/api/services';
import type { ServiceOptions } from '../../main/app';
import { buildServices } from '../../main/app';
import type { Stores } from '../../main/store/stores';
import { openStores } from '../../main/store/stores';
import type { Result } from '../../shared/contract/result';
import type { Actor, Role } from '../../shared/contract/roles';
import { tempDir } from './temp-app';

export interface TempServices {
  /** The temp root: data/ holds the stores, models/ the (empty) models folder unless a test names one. */
  dir: string;
  dataDir: string;
  stores: Stores;
  /** Every service, as buildServices makes them for the app. */
  services: Services;
  /** The app's dispatcher over the same services (set-up through channels, e.g. cases.create). */
  invoke(channel: string, payload: unknown, caller?: CallerContext): Promise<Result<unknown>>;
  /** invoke, answering the value or throwing the refusal's code and message. */
  value<T>(channel: string, payload: unknown, caller?: CallerContext): Promise<T>;
  cleanup(): void;
}

/** The app's services on real SQLite files in a temp folder, for tests that call a service directly. */
export function openTempServices(options: Pick<ServiceOptions, 'emitProgress'> & { modelsDir?: string } = {}): TempServices {
  const { dir, cleanup } = tempDir();
  const dataDir = join(dir, 'data');
  // An empty models folder unless the test needs the real models (e.g. OCR for scanned pages).
  const modelsDir = options.modelsDir ?? join(dir, 'models');
  mkdirSync(modelsDir, { recursive: true });
  const stores = openStores(dataDir);
  const services = buildServices({ ...options, stores, dataDir, modelsDir });
  const api = createApi(services, routes);
  const invoke = (channel: string, payload: unknown, caller: CallerContext = localCaller('cli')) => api.invoke(channel, payload, caller);
  return {
    dir,
    dataDir,
    stores,
    services,
    invoke,
    async value<T>(channel: string, payload: unknown, caller?: CallerContext): Promise<T> {
      const result = await invoke(channel, payload, caller);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
    cleanup() {
      void services.inference.close();
      services.ocr.close();
      stores.close();
      cleanup();
    },
  };
}

/** A person acting in one role, as the dispatcher makes them. */
export function actorFor(displayName: string, role: Role): Actor {
  return { userId: displayName, displayName, roles: [role], role };
}
