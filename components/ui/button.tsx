import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

type Variant = "primary" | "secondary" | "ghost" | "danger";
type Size = "sm" | "md";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 shadow-sm",
  secondary: "bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 shadow-sm",
  ghost: "text-slate-700 hover:bg-slate-100",
  danger: "bg-red-600 text-white hover:bg-red-700 shadow-sm",
};
const SIZES: Record<Size, string> = { sm: "h-8 px-3 text-sm", md: "h-10 px-4 text-sm" };

export const buttonClasses = ({
  variant = "primary",
  size = "md",
}: { variant?: Variant; size?: Size } = {}) =>
  cn(
    "inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors",
    "disabled:cursor-not-allowed disabled:opacity-60",
    VARIANTS[variant],
    SIZES[size],
  );

type StyleProps = { variant?: Variant; size?: Size };

export const Button = ({
  variant,
  size,
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & StyleProps) => (
  <button type={type} className={cn(buttonClasses({ variant, size }), className)} {...props} />
);

export const ButtonLink = ({
  variant,
  size,
  className,
  ...props
}: ComponentProps<typeof Link> & StyleProps) => (
  <Link className={cn(buttonClasses({ variant, size }), className)} {...props} />
);
