// A message's send status (`sendStatus.status`, an open enum: `===` on one value does not narrow it).
import type { SendFailed } from "../BeeperError.ts"

/** Whether `status` says the network refused the send (`FAIL_RETRIABLE` or `FAIL_PERMANENT`). */
export const isFailedSendStatus = (status: string | undefined): status is SendFailed["status"] =>
  status === "FAIL_RETRIABLE" || status === "FAIL_PERMANENT"
