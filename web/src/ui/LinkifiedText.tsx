import { Anchor, Text } from "@mantine/core";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text, line breaks kept, with its web addresses made into links. */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <Text component="div" size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed text never move
          <Anchor key={index} href={part} underline="always">
            {part}
          </Anchor>
        ) : (
          part
        ),
      )}
    </Text>
  );
}
