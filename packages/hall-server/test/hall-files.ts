import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers.js';

/** A small valid hall; each test breaks one line of it. The line numbers are counted in the tests. */
export const HALL_YAML = `# a test hall
code: test-hall
name: 测试市政务服务中心
regionCode: "440106"
timeZone: Asia/Shanghai
translations:
  en: { name: Test City Service Center }
windows:
  - id: "1"
    name: 1号窗口
    department: 市公安局
    categories: [general, priority]
    staff: s001
  - id: "2"
    name: 2号窗口
    department: 市人社局
    categories: [general]
categories:
  - code: general
    name: 综合业务
    prefix: A
    priority: false
    issuingHours: { from: "08:30", to: "17:00" }
  - code: priority
    name: 绿色通道
    prefix: B
    priority: true
ratingReasons:
  - { code: other, label: 其他 }
staff:
  - { id: s001, name: 李明, number: GA001, department: 市公安局 }
  - { id: s002, name: 王芳, number: RS002 }
noShow: { action: requeue, after: 3, times: 2 }
kiosks:
  - { id: K01, name: 一楼自助终端 }
`;

/** `npm run hall:import -- …` as a process, on the embedded database unless `env` names another. */
export const hallCli = (args: string[], env: Record<string, string>) =>
  spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(REPO_ROOT, 'packages/hall-server/src/hall-config/import-cli.ts'), ...args],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', ...env },
    },
  );
