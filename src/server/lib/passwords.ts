// Memory-hard password hashing (argon2id) and the password rules shown to users.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { foldVietnamese } from '../../common/text.js';
import { invalidField } from './errors.js';

export const MIN_PASSWORD_LENGTH = 8;
/** zxcvbn's scale 0–4: 3 is "safely unguessable" against an online attack with throttling. */
const MIN_STRENGTH = 3;

// Words Vietnamese passwords are commonly made of, beside zxcvbn's list of common passwords and English
// words: a password built on them ("Vungtau@123", "Matkhau2024") falls to the first guesses an attacker tries.
const vietnameseWords = [
  'matkhau', 'anhyeuem', 'emyeuanh', 'yeuem', 'iloveyou', 'vietnam', 'hanoi', 'saigon', 'hochiminh', 'danang', 'vungtau', 'baria',
  'haidang', 'quantri', 'quantrivien', 'canbo', 'ubnd', 'thanhpho', 'phuong', 'chuyendoiso', 'motcua', 'dichvucong', 'nguyen', 'tran',
  'pham', 'hoang', 'huynh', 'phan', 'dang', 'minh', 'thanh', 'huong', 'linh', 'trang', 'tuan', 'hung', 'dung', 'long',
];
let checker: ZxcvbnFactory | undefined;
const strengthChecker = () => (checker ??= new ZxcvbnFactory({ dictionary: { ...dictionary, vietnamese: vietnameseWords }, graphs: adjacencyGraphs }));

/**
 * Long enough and hard to guess: not on the lists of common passwords, not built of common words,
 * the user's own name or username (`personal`), dates or keyboard runs.
 */
export function checkPasswordRules(password: string, field = 'password', personal: string[] = []): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalidField(field, {
      vi: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
      en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  }
  const ownWords = personal.flatMap((value) => foldVietnamese(value).split(/[^a-z0-9]+/)).filter((word) => word.length >= 3);
  if (strengthChecker().check(password, ownWords).score < MIN_STRENGTH) {
    throw invalidField(field, {
      vi: 'Mật khẩu quá dễ đoán: tránh mật khẩu thông dụng, tên người, tên đăng nhập, ngày tháng, dãy phím liền nhau. Nên dùng một cụm vài từ không liên quan, ví dụ "tram-den-bien-xanh".',
      en: 'The password is too easy to guess: avoid common passwords, names, the username, dates and keyboard runs. A phrase of a few unrelated words works well, e.g. "tram-den-bien-xanh".',
    });
  }
}

export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the user does not exist keeps the response time the same.
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = () => (decoyHash ??= hash(randomBytes(16).toString('hex')));

/** A temporary password an administrator hands over: readable, 12 characters. */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(12), (byte) => alphabet[byte % alphabet.length]).join('');
}
