#!/usr/bin/env node
// Regenerates data.json deterministically (no randomness): node gen-data.mjs > data.json
const brands = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Soylent', 'Stark', 'Wayne'];
const colors = ['red', 'green', 'blue', 'black', 'white'];
const sizes = ['S', 'M', 'L', 'XL'];
const countries = ['DE', 'FR', 'US', 'GB', 'NL', 'SE'];
const currencies = ['EUR', 'USD', 'GBP'];
const availability = ['IN_STOCK', 'BACKORDER', 'DISCONTINUED'];
const pad = (n, w = 4) => String(n).padStart(w, '0');
const date = (i) => new Date(Date.UTC(2024, 0, 1) + i * 3600_000 * 7).toISOString();
const money = (amount, currency) => ({ amount, currency, formatted: `${amount.toFixed(2)} ${currency}` });

const users = Array.from({ length: 50 }, (_, i) => ({
  id: `U${pad(i)}`,
  name: `User ${i}`,
  email: i % 5 === 0 ? null : `user${i}@example.com`,
  joinedAt: date(i * 13),
  karma: (i * 37) % 1000,
  country: i % 7 === 0 ? null : countries[i % countries.length],
}));
const categories = [];
for (let i = 0; i < 10; i++) {
  categories.push({ id: `C${pad(i)}`, name: `Category ${i}`, slug: `category-${i}`, parent: i < 3 ? null : { id: `C${pad(i % 3)}`, name: `Category ${i % 3}`, slug: `category-${i % 3}`, parent: null } });
}
const vendors = Array.from({ length: 12 }, (_, i) => ({
  id: `V${pad(i)}`,
  name: `Vendor ${i}`,
  rating: i % 4 === 0 ? null : 3 + (i % 3) * 0.5,
  verified: i % 3 !== 0,
  address: { street: `${i + 1} Main Street`, city: `City ${i % 5}`, zip: `${10000 + i * 11}`, country: countries[i % countries.length] },
}));
const review = (p, j) => {
  const k = p * 3 + j;
  return {
    __typename: 'Review',
    id: `R${pad(k, 5)}`,
    rating: 1 + (k % 5),
    title: k % 4 === 0 ? null : `Review title ${k}`,
    body: `Review body ${k}: ` + 'lorem ipsum dolor sit amet '.repeat(1 + (k % 3)).trim(),
    createdAt: date(k),
    helpfulVotes: (k * 7) % 50,
    author: users[k % users.length],
  };
};
const products = Array.from({ length: 100 }, (_, i) => {
  const cur = currencies[i % 3];
  const price = Math.round((9.99 + i * 3.37) * 100) / 100;
  return {
    __typename: 'Product',
    id: `P${pad(i)}`,
    sku: `SKU-${pad(i, 6)}`,
    name: `Product ${i}`,
    description: i % 6 === 0 ? null : `Description of product ${i}. ` + 'Great value. '.repeat(1 + (i % 4)).trim(),
    brand: brands[i % brands.length],
    createdAt: date(i),
    updatedAt: i % 3 === 0 ? null : date(i + 500),
    availability: availability[i % 3],
    rating: i % 9 === 0 ? null : 1 + ((i * 13) % 40) / 10,
    reviewCount: (i * 17) % 300,
    weightGrams: i % 5 === 0 ? null : 100 + i * 25,
    tags: [`tag${i % 7}`, `tag${i % 11}`, ...(i % 2 ? ['sale'] : [])],
    price: money(price, cur),
    listPrice: i % 4 === 0 ? null : money(Math.round(price * 1.2 * 100) / 100, cur),
    category: categories[i % categories.length],
    vendor: vendors[i % vendors.length],
    media: [
      { __typename: 'Image', url: `https://img.example.com/p${i}/1.jpg`, width: 800, height: 600, alt: `Product ${i}` },
      i % 3 === 0
        ? { __typename: 'Video', url: `https://vid.example.com/p${i}.mp4`, width: 1920, height: 1080, durationSeconds: 30 + i }
        : { __typename: 'Image', url: `https://img.example.com/p${i}/2.jpg`, width: null, height: null, alt: null },
    ],
    variants: Array.from({ length: 3 }, (_, j) => ({
      id: `P${pad(i)}-V${j}`,
      sku: `SKU-${pad(i, 6)}-${j}`,
      color: j === 2 ? null : colors[(i + j) % colors.length],
      size: sizes[(i + j) % sizes.length],
      stock: (i * 7 + j * 3) % 40,
      price: money(Math.round((price + j) * 100) / 100, cur),
    })),
    reviews: Array.from({ length: 3 }, (_, j) => review(i, j)),
    related: [],
  };
});
// `related` points to 2 other products, without their own `related` to keep the JSON a tree.
for (const [i, p] of products.entries()) {
  p.related = [1, 2].map((d) => {
    const { related, reviews, variants, media, ...rest } = products[(i + d * 7) % products.length];
    return { ...rest, related: [], reviews: [], variants: [], media: [] };
  });
}
const feed = Array.from({ length: 20 }, (_, i) => {
  if (i % 3 === 0) return { __typename: 'Promotion', id: `PR${pad(i)}`, title: `Promotion ${i}`, discountPercent: 5 + i, endsAt: i % 2 ? date(i + 900) : null };
  if (i % 3 === 1) return products[i];
  return products[i].reviews[0];
});
const data = {
  shop: { name: 'Benchmark Shop', url: 'https://shop.example.com', currency: 'EUR', productCount: products.length },
  products,
  product: products[42],
  users,
  feed,
};
process.stdout.write(JSON.stringify(data, null, 1) + '\n');
