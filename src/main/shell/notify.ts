import { Notification, type BrowserWindow } from 'electron';
import type { ServiceContext } from '../services/context';
import { markReminded, reminderDigest } from '../services/reminders';

const FIRST_CHECK_MS = 15_000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The once-a-day desktop notification when cases or milestones enter a countdown band
 * (services/reminders.ts decides what and whether). A failure is logged and never disturbs the
 * app; a click brings the window forward, where 工作台 is the home screen.
 */
export function startDailyReminders(ctx: ServiceContext, window: () => BrowserWindow | null, log: { error(...args: unknown[]): void }): () => void {
  const check = () => {
    try {
      if (ctx.readOnlyReason || !Notification.isSupported()) return;
      const digest = reminderDigest(ctx);
      if (!digest) return;
      const n = new Notification({ title: digest.title, body: digest.body });
      n.on('click', () => {
        const win = window();
        if (!win) return;
        if (win.isMinimized()) win.restore();
        win.focus();
      });
      n.show();
      markReminded(ctx, digest);
    } catch (err) {
      log.error('提醒通知失败', err);
    }
  };
  const first = setTimeout(check, FIRST_CHECK_MS);
  const every = setInterval(check, CHECK_EVERY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
