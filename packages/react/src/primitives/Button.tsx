import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  ref?: Ref<HTMLButtonElement>;
}

/** The kit's button: a real <button>, type="button" unless told otherwise, its variant as data. */
export function Button({ variant = 'secondary', className, type = 'button', ref, ...props }: ButtonProps) {
  return (
    <button
      {...props}
      className={className ? `tactful-button ${className}` : 'tactful-button'}
      data-variant={variant}
      ref={ref}
      type={type}
    />
  );
}
