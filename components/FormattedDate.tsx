import { formatDate } from "@/lib/format-date";

export function FormattedDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
