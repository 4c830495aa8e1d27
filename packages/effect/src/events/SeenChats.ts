/**
 * The chats an events stream has seen, kept within bounds whatever the server sends: at most {@link maxSeenChats}
 * (the least recently seen forgotten first), and none whose ID is longer than {@link maxChatIDLength} characters.
 * What a reconnect `gap` of every chat lists (`allChats: true` says any chat may be affected), and which chats the gap
 * filler knows a last message of (a chat forgotten is filled as one not seen).
 *
 * @internal
 */

/** Chats remembered at most. */
export const maxSeenChats = 1_000

/** The longest chat ID remembered (Desktop's are about 100 characters). */
export const maxChatIDLength = 512

/** Whether `chatID` may be remembered at all. */
export const keepable = (chatID: string): boolean => chatID.length <= maxChatIDLength

/**
 * Records `value` for `chatID` as the most recently seen (`map` in least-recently-seen order), forgetting the least
 * recently seen past {@link maxSeenChats}; a chat ID longer than {@link maxChatIDLength} is not recorded.
 */
export const record = <V>(map: Map<string, V>, chatID: string, value: V): void => {
  if (!keepable(chatID)) return
  map.delete(chatID)
  map.set(chatID, value)
  if (map.size > maxSeenChats) {
    const oldest = map.keys().next()
    if (oldest.done !== true) map.delete(oldest.value)
  }
}
