import Module from 'node:module';
import { checkProgrammingModel } from './checked-library';

/**
 * The stand-in for `@azure/functions-core`, the module the real Azure Functions worker gives the
 * `@azure/functions` library. The library calls `registerFunction(metadata, handler)` for every
 * `app.http` / `app.timer` / `app.storageQueue`, so collecting those calls yields exactly what Azure
 * would register: same names, same bindings, the user's own handlers.
 *
 * The surface is the worker's, as these sources give it (checked for `@azure/functions` 4.16.5; the
 * versions checked are in checked-library.ts, and docs/architecture.md, "Raising @azure/functions",
 * says how to check another):
 * - Azure/azure-functions-nodejs-worker `types-core/index.d.ts` (the module's declared API: `version`,
 *   `hostVersion`, `registerFunction`, `registerHook`, `setProgrammingModel`, `getProgrammingModel`,
 *   `Disposable`) and `src/setupCoreModule.ts` (the object the worker hands out, with `log` besides,
 *   which the declarations omit; `setProgrammingModel` there only logs the model's name and version).
 * - Azure/azure-functions-nodejs-library `src/app.ts` (`setProgrammingModel` on the first `app.*`
 *   call, then `registerFunction` for each), `src/ProgrammingModel.ts` (the model's name and version),
 *   `src/hooks/registerHook.ts` (`registerHook`), `src/setup.ts` (the library takes `log`'s presence to
 *   mean host 4.28 or later) and `src/utils/tryGetCoreApiLazy.ts` (one `require` per library copy).
 */
export interface Binding {
  type: string;
  direction: 'in' | 'out';
  name?: string;
  [property: string]: unknown;
}

export interface Registration {
  name: string;
  bindings: Binding[];
  trigger: Binding;
  handler: (...args: unknown[]) => unknown;
}

type HookCallback = (context: unknown) => unknown;

/** What the stand-in reads of a programming model; the library's has invocation methods besides. */
export interface ProgrammingModel {
  name: string;
  version: string;
}

class Disposable {
  constructor(private readonly callOnDispose: () => void) {}
  dispose(): void {
    this.callOnDispose();
  }
}

export class FunctionsCore {
  readonly registrations = new Map<string, Registration>();
  /** The names each function file registered when it was first loaded (a module runs once per process). */
  readonly registeredBy = new Map<string, string[]>();
  readonly hooks = new Map<string, HookCallback[]>();
  /** The worker's and the host's versions, as the real module has them (the library reads neither). */
  readonly version = '3.10.1';
  readonly hostVersion = '4.1037.0';
  readonly Disposable = Disposable;
  private programmingModel: ProgrammingModel | undefined;

  registerFunction = (
    metadata: { name: string; bindings: Record<string, Binding> },
    handler: Registration['handler'],
  ) => {
    // The library sets its programming model before its first registration; one that registers
    // without it never told its version, so it is not one this stand-in was checked against.
    if (!this.programmingModel) {
      throw new Error(
        `Function "${metadata.name}" was registered before any programming model was set: @azure/functions ` +
          'sets its own, with its version, before it registers a function (docs/architecture.md, ' +
          '"Raising @azure/functions").',
      );
    }
    if (this.registrations.has(metadata.name)) {
      throw new Error(`A function named "${metadata.name}" is already registered.`);
    }
    const bindings = Object.values(metadata.bindings);
    const trigger = bindings.find((b) => b.direction === 'in' && b.type.endsWith('Trigger'));
    if (!trigger) throw new Error(`Function "${metadata.name}" has no trigger binding.`);
    this.registrations.set(metadata.name, { name: metadata.name, bindings, trigger, handler });
    return new Disposable(() => this.registrations.delete(metadata.name));
  };

  registerHook = (hookName: string, callback: HookCallback) => {
    const list = this.hooks.get(hookName) ?? [];
    list.push(callback);
    this.hooks.set(hookName, list);
    return new Disposable(() =>
      this.hooks.set(
        hookName,
        (this.hooks.get(hookName) ?? []).filter((c) => c !== callback),
      ),
    );
  };

  /**
   * Refuses an `@azure/functions` this stand-in was not checked against. Here, not where the host
   * reads the app's files: this call comes from the copy of the library the app actually loaded (the
   * bundle carries its own), on its first `app.*` call, before it registers any function.
   */
  setProgrammingModel = (model: ProgrammingModel) => {
    checkProgrammingModel(model);
    this.programmingModel = model;
  };

  getProgrammingModel = () => this.programmingModel;

  log = (level: string, category: string, message: string) => {
    if (category === 'system' && (level === 'debug' || level === 'trace' || level === 'information')) return;
    console.warn(`[functions ${level}] ${message}`);
  };

  async runHooks(hookName: string, context: unknown): Promise<void> {
    for (const callback of this.hooks.get(hookName) ?? []) await callback(context);
  }
}

const HOOK = Symbol.for('keycard.dev.functions-core');
type ModuleWithLoad = typeof Module & {
  _load: (request: string, parent: unknown, isMain: boolean) => unknown;
};

/** Which core `require('@azure/functions-core')` gets: the one of the app being loaded now. */
interface CoreHook {
  current: FunctionsCore;
  /** The core of apps loaded from sources, which a process evaluates once (their modules are cached). */
  sources: FunctionsCore;
}

function coreHook(): CoreHook {
  const holder = globalThis as unknown as { [HOOK]?: CoreHook };
  const existing = holder[HOOK];
  if (existing) return existing;
  const sources = new FunctionsCore();
  const hook: CoreHook = { current: sources, sources };
  holder[HOOK] = hook;
  const loader = Module as ModuleWithLoad;
  const originalLoad = loader._load;
  loader._load = function load(request: string, parent: unknown, isMain: boolean) {
    if (request === '@azure/functions-core') return hook.current;
    return originalLoad.call(this, request, parent, isMain);
  };
  return hook;
}

/**
 * The core of apps loaded from sources (test files that reach into the app's runtime from source):
 * installed once per process, before the app's first `require('@azure/functions')`; every copy of this
 * file in the process shares it.
 */
export function installFunctionsCore(): FunctionsCore {
  return coreHook().sources;
}

/**
 * Runs `load` with a fresh core as the one the app about to be evaluated gets: a bundle loaded again is
 * an app instance of its own (its `@azure/functions`, its registrations, its runtime).
 */
export async function withFreshCore<T>(load: (core: FunctionsCore) => Promise<T>): Promise<T> {
  const hook = coreHook();
  const core = new FunctionsCore();
  const before = hook.current;
  hook.current = core;
  try {
    return await load(core);
  } finally {
    hook.current = before;
  }
}
