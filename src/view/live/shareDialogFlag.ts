/** "Open the Share dialog when this page arrives": set just before going to a newly shared board's page. */
const key = 'pa-map:show-share';

export const shareDialogFlag = {
  set(url: string): void {
    try {
      sessionStorage.setItem(key, url);
    } catch {
      // Storage off: the dialog stays closed; the Share button opens it.
    }
  },
  /** True once, on the page the flag was set for. */
  take(href: string): boolean {
    try {
      const url = sessionStorage.getItem(key);
      if (url !== href) return false;
      sessionStorage.removeItem(key);
      return true;
    } catch {
      return false;
    }
  },
};
