#!/usr/bin/env node
// The `judgedesk` command: runs the TypeScript CLI through tsx (no separate build step).
import { register } from 'tsx/esm/api';

register();
await import('../main/host/cli-main.ts');
