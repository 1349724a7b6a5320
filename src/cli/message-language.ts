// Which language a run of clausemark speaks in (its findings, errors and fix hints: templates/messages/<lang>.yaml).
// The first that says one decides: `--lang` on the command line, the project's settings file (clausemark.yaml, the
// nearest one up from the working directory: `lang: nl`, found with the run's project, src/io/project.ts), then the
// locale as POSIX orders it (LC_ALL, LC_MESSAGES, LANG); English otherwise. A policy's own language picks its
// output's labels, not this.
import { isScalar } from 'yaml';
import { readYamlMapping } from '../brand/yaml-file.js';
import { errorById, MESSAGE_LANGUAGES, type MessageLanguage } from '../io/messages.js';
import type { Project } from '../io/project.js';

const SETTINGS_FIELDS = ['lang'];

function isMessageLanguage(value: string): value is MessageLanguage {
  return (MESSAGE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The value of `--lang` given to the command being run, when it names a language clausemark speaks (another value
 * is left to the command's option to refuse). `import --lang` names the imported document's language, not this.
 */
export function languageFromArguments(args: readonly string[]): MessageLanguage | undefined {
  const command = args.find((arg) => !arg.startsWith('-'));
  if (command === 'import') return undefined;
  for (const [index, arg] of args.entries()) {
    const value = arg === '--lang' ? args[index + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : '';
    if (value !== undefined && isMessageLanguage(value)) return value;
  }
  return undefined;
}

/** The `lang` of a settings file; a field or value it does not know is an error at its line and column. */
export function languageFromSettings(file: string): MessageLanguage | undefined {
  const settings = readYamlMapping(file, {
    what: { messageId: 'settings-file.project', params: {} },
    fix: { messageId: 'project-settings.fields', params: { fields: SETTINGS_FIELDS.join(', ') } },
  });
  let language: MessageLanguage | undefined;
  for (const entry of settings.entries) {
    const place = { file: settings.display, point: entry.keyPoint };
    if (!SETTINGS_FIELDS.includes(entry.key)) {
      throw errorById(
        {
          messageId: 'project-settings.unknown-field',
          fixId: 'project-settings.fields',
          params: { field: entry.key, fields: SETTINGS_FIELDS.join(', ') },
        },
        { place, ruleId: 'project-settings' },
      );
    }
    const value = isScalar(entry.value) ? String(entry.value.value ?? '') : '';
    if (!isMessageLanguage(value)) {
      throw errorById(
        {
          messageId: 'project-settings.unknown-language',
          fixId: 'project-settings.write-language',
          params: { value, languages: MESSAGE_LANGUAGES.join(', ') },
        },
        { place: { file: settings.display, point: entry.valuePoint }, ruleId: 'project-settings' },
      );
    }
    language = value;
  }
  return language;
}

/** The language of a locale name (nl_NL.UTF-8, nl_BE, nl → nl), English for any other or none. */
export function languageFromLocale(env: NodeJS.ProcessEnv): MessageLanguage {
  // POSIX: the first of these that is set and not empty is the locale of messages.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const language = locale?.split(/[_.@-]/)[0]?.toLowerCase() ?? '';
  return isMessageLanguage(language) ? language : 'en';
}

/** The language of this run's messages: arguments, then the project's settings file, then locale. */
export function messageLanguageFor(
  args: readonly string[],
  project: Project,
  env: NodeJS.ProcessEnv = process.env,
): MessageLanguage {
  const fromArguments = languageFromArguments(args);
  if (fromArguments) return fromArguments;
  const settings = project.settingsFile;
  const fromSettings = settings ? languageFromSettings(settings) : undefined;
  return fromSettings ?? languageFromLocale(env);
}
