/** This person's name and colour in shared boards: asked once, remembered in this browser. */
const nameKey = 'pa-map:display-name';
const colourKey = 'pa-map:display-colour';

/** Colours for people, distinct from each other and readable on white and on the map. */
export const peopleColours = ['#b3261e', '#1f6feb', '#1a7f37', '#8250df', '#bc4c00', '#0e7490', '#bf3989', '#6e5b00'] as const;

export const displayName = {
  get(): string | null {
    try {
      const name = localStorage.getItem(nameKey)?.trim();
      return name ? name : null;
    } catch {
      return null;
    }
  },
  set(name: string): void {
    try {
      localStorage.setItem(nameKey, name.trim());
    } catch {
      // Storage off: the name holds for this visit only.
    }
  },
  colour(): string {
    try {
      const known = localStorage.getItem(colourKey);
      if (known && (peopleColours as readonly string[]).includes(known)) return known;
      const colour = peopleColours[Math.floor(Math.random() * peopleColours.length)]!;
      localStorage.setItem(colourKey, colour);
      return colour;
    } catch {
      return peopleColours[0];
    }
  },
};
