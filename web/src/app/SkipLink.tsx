import classes from "./SkipLink.module.css";

export const MAIN_CONTENT_ID = "contenu";

/** The first focusable element: jumps over the header and menu to the page's content. */
export function SkipLink() {
  return (
    <a
      className={classes.skipLink}
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      Aller au contenu
    </a>
  );
}
