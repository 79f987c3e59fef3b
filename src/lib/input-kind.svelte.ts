// Which pointer the learner is using, so help text describes the input in their hand:
// a phone's "tap, then drag the handle" is not a mouse's "drag or Shift+click". Starts from
// the device's main pointer and follows the last press (a laptop with a touch screen).
let kind = $state<'touch' | 'mouse'>(typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches ? 'touch' : 'mouse');
// Applied once the press is over (its click has run): the help text changing length during the
// press would move the article, and the click would land on another word than the press.
let pressed: 'touch' | 'mouse' | null = null;
if (typeof window !== 'undefined') {
  addEventListener('pointerdown', (e) => (pressed = e.pointerType === 'mouse' ? 'mouse' : 'touch'), { capture: true, passive: true });
  addEventListener('click', () => {
    if (pressed) kind = pressed;
    pressed = null;
  });
}
export const pointerKind = (): 'touch' | 'mouse' => kind;
