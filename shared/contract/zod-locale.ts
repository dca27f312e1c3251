import { z } from 'zod';

// Validation messages reach judges and clerks: make zod speak Chinese on both sides of the contract.
z.config(z.locales.zhCN());
