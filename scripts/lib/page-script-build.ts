/**
 * How one script that runs inside web pages is built (scripts/build-page-scripts.ts): one
 * self-contained classic script (iife: no module loader, no shared chunk, nothing fetched at run time).
 * Its own module so a test can build a page agent exactly as the build does.
 */
import path from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { agentRegistry, type AgentBuild } from './agent-builds';

/** A virtual entry module, so seventeen sites need no seventeen entry files. */
export function virtualEntry(id: string, code: string): Plugin {
  const resolved = `\0${id}`;
  return {
    name: `rebound-entry-${id}`,
    resolveId: (source) => (source === id ? resolved : null),
    load: (loaded) => (loaded === resolved ? code : null),
  };
}

/** The site registry modules (src/sites/all-*.ts) as written for one agent's sites only. */
export function registryOf(agent: AgentBuild): Plugin {
  const modules = agentRegistry(agent);
  return { name: `rebound-registry-${agent.file}`, load: (id) => modules.get(path.resolve(id.split('?')[0]!)) ?? null };
}

export interface ScriptBuild {
  outDir: string;
  plugins?: Plugin[];
  /** false: return the code instead of writing the file. */
  write?: boolean;
}

/** Builds `input` into `outDir/file`; returns the built code. */
export async function buildScript(input: string, file: string, { outDir, plugins = [], write = true }: ScriptBuild): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: {
      outDir,
      write,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      rolldownOptions: { input, output: { format: 'iife', entryFileNames: file } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk' && item.fileName === file);
  return chunk?.type === 'chunk' ? chunk.code : '';
}

/** The page agent `agent` (src/agent/index.ts with that agent's site registry). */
export function buildAgent(agent: AgentBuild, options: ScriptBuild): Promise<string> {
  const entry = path.resolve('src/agent/index.ts').split(path.sep).join('/');
  return buildScript(entry, agent.file, { ...options, plugins: [...(options.plugins ?? []), registryOf(agent)] });
}
