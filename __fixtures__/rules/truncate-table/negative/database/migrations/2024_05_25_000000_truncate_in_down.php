<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        // Token::truncate() is what the old migration did
        Schema::create('tokens_v2', fn (Blueprint $table) => $table->id());
    }

    public function down(): void
    {
        Token::truncate();
    }
};
