import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod';
import { Root } from './app/Root';

// The hosts' CSP forbids eval; without this zod probes `new Function` and logs a CSP violation.
zodConfig({ jitless: true });

const container = document.getElementById('root');
if (!container) throw new Error('缺少 #root 元素');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
