import { z } from 'zod';

// Every default message zod produces is Simplified Chinese; field labels are added on top.
z.config(z.locales.zhCN());

export { z };
